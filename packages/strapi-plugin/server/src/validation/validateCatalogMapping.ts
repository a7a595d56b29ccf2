import type { CatalogFieldMapping } from '../../../shared/contracts/settings';

/** The part of a Strapi attribute definition the mapping looks at. */
export interface AttributeShape {
  type: string;
  relation?: string;
  multiple?: boolean;
  private?: boolean;
}

/** Names of attributes that hold credentials, whatever their type: never read into the public catalog. */
const SECRET_NAME = /password|token|secret|salt|hash/i;

/** Whether an attribute must never reach the storefront: private in its schema, a password, or a credential. */
export function isSecretAttribute(name: string, attribute: AttributeShape): boolean {
  return attribute.private === true || attribute.type === 'password' || SECRET_NAME.test(name);
}

const ACCEPTED_TYPES: Record<keyof CatalogFieldMapping, readonly string[]> = {
  id: ['string', 'uid', 'integer', 'biginteger'],
  title: ['string', 'text', 'uid'],
  price: ['integer', 'biginteger', 'float', 'decimal'],
  currency: ['string', 'enumeration'],
  image: ['media'],
  category: ['relation', 'string', 'enumeration'],
  brand: ['string', 'enumeration'],
  tags: ['json', 'string', 'text'],
  description: ['text', 'string', 'richtext'],
  launchDate: ['date', 'datetime'],
  availability: ['boolean', 'integer', 'biginteger', 'float', 'decimal'],
};

/** Attributes every document has without being declared in its schema. */
const SYSTEM_ID_FIELDS = ['documentId', 'id'];

/**
 * Checks a field mapping against the attributes of a content type. Returns one message per field that does not
 * fit, naming the field and what it should be; an empty array means the mapping fits.
 */
export function validateCatalogMapping(
  contentTypeUid: string,
  attributes: Readonly<Record<string, AttributeShape>>,
  fields: CatalogFieldMapping,
): string[] {
  const problems: string[] = [];
  // Lists are public: only the shop's own collection types (not users, admins, tokens of plugins) are a catalog.
  if (!contentTypeUid.startsWith('api::')) {
    return [
      `catalog.contentType: "${contentTypeUid}" is not one of the app's own collection types (api::...)`,
    ];
  }
  for (const key of Object.keys(ACCEPTED_TYPES) as (keyof CatalogFieldMapping)[]) {
    const attributeName = fields[key];
    if (attributeName === null || attributeName === undefined) {
      if (key === 'id' || key === 'title') {
        problems.push(`catalog.fields.${key}: required`);
      }
      continue;
    }
    if (key === 'id' && SYSTEM_ID_FIELDS.includes(attributeName)) {
      continue;
    }
    const attribute = Object.prototype.hasOwnProperty.call(attributes, attributeName)
      ? attributes[attributeName]
      : undefined;
    const accepted = ACCEPTED_TYPES[key];
    if (attribute === undefined) {
      problems.push(`catalog.fields.${key}: "${attributeName}" is not an attribute of ${contentTypeUid}`);
    } else if (isSecretAttribute(attributeName, attribute)) {
      problems.push(
        `catalog.fields.${key}: "${attributeName}" of ${contentTypeUid} is private (a password, a token or a private attribute) and is never shown in lists`,
      );
    } else if (!accepted.includes(attribute.type)) {
      problems.push(
        `catalog.fields.${key}: "${attributeName}" of ${contentTypeUid} is a ${attribute.type} attribute, expected ${accepted.join(' or ')}`,
      );
    } else if (key === 'category' && attribute.type === 'relation' && !isToOne(attribute.relation)) {
      problems.push(
        `catalog.fields.category: "${attributeName}" of ${contentTypeUid} is a ${attribute.relation ?? 'unknown'} relation, expected a relation to one category`,
      );
    }
  }
  return problems;
}

function isToOne(relation: string | undefined): boolean {
  return relation === 'manyToOne' || relation === 'oneToOne';
}
