// Messages of this feature, merged into the app's locales under the top-level key 'studies'.
export default {
  'zh-CN': { studies: {} },
  en: { studies: {} },
};
