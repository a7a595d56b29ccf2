/** The populate part of every product query: the picture and the category with its department. */
export function productQuery(): URLSearchParams {
  return new URLSearchParams({
    'populate[image][fields][0]': 'url',
    'populate[image][fields][1]': 'alternativeText',
    'populate[image][fields][2]': 'width',
    'populate[image][fields][3]': 'height',
    'populate[category][fields][0]': 'name',
    'populate[category][fields][1]': 'slug',
    'populate[category][populate][parent][fields][0]': 'name',
    'populate[category][populate][parent][fields][1]': 'slug',
  });
}
