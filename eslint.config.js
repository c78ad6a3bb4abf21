// The project's JavaScript checks, run by scripts/lint: ESLint's recommended rules and the
// habits the code keeps already, with the globals each kind of file really has. Layout
// (2-space indents, single quotes, semicolons) is left to review: ESLint 9 dropped its
// layout rules.
import js from '@eslint/js';
import globals from 'globals';

// What the page's own scripts share, and what the wasm core's script defines.
const pageGlobals = {
  createLimberCore: 'readonly',
  limber: 'readonly',
  Module: 'writable',
  Page: 'readonly',
};

export default [
  { ignores: ['build/', 'dist/', 'node_modules/'] },
  js.configs.recommended,
  {
    rules: {
      eqeqeq: 'error',
      'prefer-const': 'error',
      'no-var': 'error',
      'object-shorthand': 'error',
      'no-throw-literal': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // The page: classic scripts loaded in order by web/index.html.
    files: ['web/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, ...pageGlobals },
    },
  },
  {
    // Node programs that drive browsers: the functions they pass to page.evaluate run in
    // the page, so they see the page's globals too.
    files: ['tests/**/*.mjs', 'bench/**/*.mjs', 'scripts/**/*.mjs', 'cmake/**/*.mjs'],
    languageOptions: {
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser, ...pageGlobals },
    },
  },
  {
    // Emscripten's --pre-js: runs inside the generated script, beside its runtime.
    files: ['cmake/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, Module: 'writable', abort: 'readonly' },
    },
    rules: { 'no-var': 'off' },
  },
  {
    // The benchmark's audio tap: an AudioWorklet module, with the worklet scope's globals.
    files: ['bench/tap-worklet.js'],
    languageOptions: { sourceType: 'module', globals: globals.audioWorklet },
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
];
