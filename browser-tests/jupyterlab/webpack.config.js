// Builds the test JupyterLab into build/: bundle.js (the application), plus, through
// @jupyterlab/builder's Build.ensureAssets, build/style.js (the plug-ins' CSS), build/schemas (their
// settings schemas) and build/themes (the light theme), which jupyterlab-server serves (serve.py).
const path = require('path');
const webpack = require('webpack');
const { Build } = require('@jupyterlab/builder');
const svgToDataUri = require('mini-svg-data-uri');
const pkg = require('./package.json');

const output = path.resolve(__dirname, 'build');
const assets = Build.ensureAssets({ packageNames: pkg.jupyterlab.extensions, output });

module.exports = [
  {
    entry: './src/index.js',
    output: { path: output, filename: 'bundle.js', chunkFilename: '[name].[contenthash].js' },
    mode: 'development',
    devtool: false,
    bail: true,
    performance: { hints: false },
    module: {
      rules: [
        { test: /\.css$/, use: ['style-loader', 'css-loader'] },
        { test: /\.html$/, type: 'asset/resource' },
        { test: /\.md$/, type: 'asset/source' },
        { test: /\.(jpg|png|gif)$/, type: 'asset/resource' },
        { test: /\.(woff2?|ttf)(\?v=\d+\.\d+\.\d+)?$/, type: 'asset' },
        { test: /\.eot(\?v=\d+\.\d+\.\d+)?$/, type: 'asset/resource' },
        // SVG: a data URI inside CSS, the raw text where JavaScript imports it (JupyterLab's icons).
        { test: /\.svg(\?v=\d+\.\d+\.\d+)?$/, issuer: /\.css$/, type: 'asset/inline',
          generator: { dataUrl: (content) => svgToDataUri(content.toString()) } },
        { test: /\.svg(\?v=\d+\.\d+\.\d+)?$/, issuer: /\.js$/, type: 'asset/source' },
      ],
    },
    plugins: [
      // Some packages call process.cwd() (the path polyfill).
      new webpack.DefinePlugin({ process: { cwd: () => '/', env: {} } }),
    ],
  },
].concat(assets);
