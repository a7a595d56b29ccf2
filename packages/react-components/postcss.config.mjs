// Storybook (Vite) compiles src/styles/styles.css with Tailwind, as `pnpm build` does for dist/styles.css.
export default { plugins: { '@tailwindcss/postcss': {} } };
