// Jest (CommonJS) cannot require ES modules on Node 20, and NestJS 12 and cel-js ship only ESM, so Jest
// compiles those packages to CommonJS with this config. The build itself relies on Node's require(esm).

/** `import.meta` does not exist in CommonJS; Nest only reads `import.meta.url` (for createRequire). */
function importMetaToCommonJs({ types: t }) {
  return {
    visitor: {
      MetaProperty(path) {
        if (path.node.meta.name !== 'import' || path.node.property.name !== 'meta') return;
        // A string concatenation, not require('url'): some modules shadow `require` with createRequire().
        const url = t.binaryExpression('+', t.stringLiteral('file://'), t.identifier('__filename'));
        path.replaceWith(t.objectExpression([t.objectProperty(t.identifier('url'), url), t.objectProperty(t.identifier('dirname'), t.identifier('__dirname')), t.objectProperty(t.identifier('filename'), t.identifier('__filename'))]));
      },
    },
  };
}

module.exports = {
  babelrc: false,
  plugins: [
    importMetaToCommonJs,
    '@babel/plugin-transform-dynamic-import',
    ['@babel/plugin-transform-modules-commonjs', { importInterop: 'node' }],
  ],
};
