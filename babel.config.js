// babel-preset-taro compiles src for weapp and H5 (jest uses @swc/jest instead, see jest.config.js).
// babel-plugin-import rewrites `import { Button } from '@nutui/nutui-react-taro'` into the one
// component and its CSS, so the bundle carries only the NutUI components we use.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        libraryDirectory: 'dist/esm',
        style: 'css',
        camel2DashComponentName: false,
      },
      'nutui-react-taro',
    ],
  ],
};
