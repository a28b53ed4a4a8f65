// The front end of the test JupyterLab: JupyterLab's own application shell and the plug-ins a
// student meets when running a notebook (the notebook panel, its kernel and session handling, the
// file browser, the main menu, the status bar, the MIME renderers with MathJax 3), all taken from
// JupyterLab 4.2.5's npm packages (see package.json). The server side is Debian's
// jupyter-server and jupyterlab-server (serve.py).
import { PageConfig } from '@jupyterlab/coreutils';

// Chunks and assets are loaded from where jupyterlab-server serves this build.
// eslint-disable-next-line no-undef
__webpack_public_path__ = `${PageConfig.getOption('fullStaticUrl')}/`;

// build/style.js is written by @jupyterlab/builder (webpack.config.js): the CSS of every plug-in package.
const styles = import('../build/style.js');

// The notebook plug-ins that need packages this build leaves out: the language-server ones, and
// the raw-cell MIME type form (it needs @jupyterlab/metadataform-extension, which the npm registry
// these machines use does not have in version 4.2.5). JupyterLab reads a module's plug-ins from
// `default` only when the module says __esModule.
const LEFT_OUT = [':language-server', ':update-raw-mimetype'];
const withoutLeftOut = (mod) => ({
  __esModule: true,
  default: [].concat(mod.default).filter(({ id }) => !LEFT_OUT.some((s) => id.includes(s))),
});

const pluginModules = [
  import('@jupyterlab/application-extension'),
  import('@jupyterlab/apputils-extension'),
  import('@jupyterlab/codemirror-extension'),
  import('@jupyterlab/docmanager-extension'),
  import('@jupyterlab/documentsearch-extension'),
  import('@jupyterlab/filebrowser-extension'),
  import('@jupyterlab/mainmenu-extension'),
  import('@jupyterlab/markedparser-extension'),
  import('@jupyterlab/mathjax-extension'),
  import('@jupyterlab/notebook-extension').then(withoutLeftOut),
  import('@jupyterlab/rendermime-extension'),
  import('@jupyterlab/statusbar-extension'),
  import('@jupyterlab/theme-light-extension'),
  import('@jupyterlab/toc-extension'),
  import('@jupyterlab/translation-extension'),
  import('@jupyterlab/ui-components-extension'),
];

async function main() {
  await styles;
  const { JupyterLab } = await import('@jupyterlab/application');
  const lab = new JupyterLab();
  lab.registerPluginModules(await Promise.all(pluginModules));
  await lab.start();
  await lab.restored;
  // The browser test finds the application here (as JupyterLab's own `jupyterapp`).
  window.jupyterapp = lab;
  document.body.dataset.thw2LabRestored = 'true';
}

window.addEventListener('load', () => {
  main().catch((e) => {
    document.body.dataset.thw2LabError = String(e && e.stack ? e.stack : e);
    console.error('thw2 JupyterLab failed to start', e);
  });
});
