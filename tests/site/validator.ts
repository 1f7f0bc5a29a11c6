// html-validate with its recommended rules, minus a few that judge style rather than validity or
// accessibility. Each exception says why.
import { HtmlValidate } from 'html-validate';

export const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // SDG colours are data (one colour per goal), so badges carry them as inline style.
    'no-inline-style': 'off',
    // Purely stylistic: whether a void element is written <br> or <br/>.
    'void-style': 'off',
    // Long plan titles repeat in <title>; search engines truncate titles themselves, and cutting
    // them here would only drop the archive's own words.
    'long-title': 'off',
  },
});
