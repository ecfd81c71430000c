import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { watchUnlabelledControls } from './app/a11y';
import { router } from './app/router';
import { i18n } from './locales';
import 'element-plus/theme-chalk/base.css';
import './styles/theme.css';

createApp(App).use(createPinia()).use(router).use(i18n).mount('#app');
watchUnlabelledControls((key) => i18n.global.t(`a11y.${key}`));
