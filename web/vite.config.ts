import vue from '@vitejs/plugin-vue';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|wasm)$/;
/** Below this, a compressed copy saves less than the headers it costs. */
const MIN_BYTES = 1024;

/**
 * Brotli (quality 11) and gzip (level 9) copies of every text file of the build, beside it as `name.br` / `name.gz`,
 * made once here so that the server only picks one by Accept-Encoding (configure-app.ts) and never compresses on a
 * request. A copy is kept only when it is smaller than the original.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cadre-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const br = promisify(brotliCompress);
      const gz = promisify(gzip);
      const names = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        names.map(async (name) => {
          const path = join(outDir, name);
          const raw = await readFile(path);
          if (raw.length < MIN_BYTES) return;
          const [b, g] = await Promise.all([
            br(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
            gz(raw, { level: 9 }),
          ]);
          if (b.length < raw.length) await writeFile(`${path}.br`, b);
          if (g.length < raw.length) await writeFile(`${path}.gz`, g);
        }),
      );
    },
  };
}

// Element Plus is imported on demand (components by the resolver, services such as ElMessage by hand).
export default defineConfig({
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: 'src/components.d.ts' }), precompress()],
  // vue-i18n's build flags: the composition API only (no legacy API), no devtools hooks in production.
  define: { __VUE_I18N_FULL_INSTALL__: false, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false, __VUE_PROD_DEVTOOLS__: false },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: { target: 'es2022', chunkSizeWarningLimit: 900, sourcemap: false },
  // Element Plus imports its CSS from JS: vitest must process it instead of leaving it to node.
  test: { environment: 'happy-dom', include: ['src/**/*.spec.ts'], server: { deps: { inline: ['element-plus'] } } },
});
