// Eleventy's entry point. The configuration and its local plugins are in src/eleventy/.
export { default } from './src/eleventy/config.ts';
