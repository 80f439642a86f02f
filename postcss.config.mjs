// Tailwind CSS v4 runs as a PostCSS plugin; Next picks this file up for every stylesheet it builds.
const config = {
  plugins: { "@tailwindcss/postcss": {} },
};

export default config;
