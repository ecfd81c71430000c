import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vitest/config';

// Element Plus is imported on demand (components by the resolver, services such as ElMessage by hand).
export default defineConfig({
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: 'src/components.d.ts' })],
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: { target: 'es2022', chunkSizeWarningLimit: 900, sourcemap: false },
  // Element Plus imports its CSS from JS: vitest must process it instead of leaving it to node.
  test: { environment: 'happy-dom', include: ['src/**/*.spec.ts'], server: { deps: { inline: ['element-plus'] } } },
});
