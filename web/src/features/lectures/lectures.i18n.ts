// Messages of this feature, merged into the app's locales under the top-level key 'lectures'.
export default {
  'zh-CN': { lectures: {} },
  en: { lectures: {} },
};
