// Draws held-out J's value pools from @faker-js/faker 10.6.0 (MIT), pinned in package.json.
// Run by bench/heldout_j/build_pools.py (`node draw.mjs > pools.json`); the JSON it prints is
// filtered there and shipped as data/*.tsv, so nothing needs node when the set is generated.
import * as all from '@faker-js/faker';

const NAME_LOCALES = ['sv', 'nb_NO', 'da', 'fi', 'de', 'en_GB', 'en_US', 'en_IE', 'pl', 'tr',
  'hr', 'sr_RS_latin', 'uk', 'ru', 'ku_kmr_latin', 'az', 'uz_UZ_latin', 'fr', 'es', 'pt_BR',
  'it', 'nl', 'ro', 'lv', 'cs_CZ', 'hu', 'vi', 'yo_NG', 'en_NG', 'en_IN', 'id_ID', 'sk',
  'sl_SI'];
const PHONE_LOCALES = ['sv', 'nb_NO', 'da', 'fi', 'de', 'de_AT', 'de_CH', 'en_GB', 'en_US',
  'en_CA', 'en_AU', 'en_IE', 'en_IN', 'en_NG', 'pl', 'tr', 'hr', 'sr_RS_latin', 'uk', 'fr',
  'fr_BE', 'nl', 'es', 'it', 'pt_BR', 'pt_PT', 'lv', 'cs_CZ', 'ro', 'hu', 'el', 'sk'];
const ADDRESS_LOCALES = ['sv', 'nb_NO', 'da', 'fi', 'de', 'en_GB', 'en_US', 'pl', 'nl', 'fr',
  'tr', 'hr'];

function fakerFor(locale) {
  const key = 'faker' + locale.split('_').map((p, i) => (i === 0 ? p.toUpperCase() : p.length === 2 ? p.toUpperCase() : p)).join('_');
  const f = all[key];
  if (!f) throw new Error('no faker for ' + locale + ' (' + key + ')');
  return f;
}

function draw(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) {
    try { out.push(fn()); } catch (e) { /* a locale without this data */ }
  }
  return out;
}

const pools = { version: '10.6.0', names: {}, phones: {}, addresses: {}, internet: {} };
let seed = 9041;
for (const loc of NAME_LOCALES) {
  const f = fakerFor(loc);
  f.seed(seed++);
  pools.names[loc] = {
    female: draw(300, () => f.person.firstName('female')),
    male: draw(300, () => f.person.firstName('male')),
    last: draw(400, () => f.person.lastName()),
  };
}
for (const loc of PHONE_LOCALES) {
  const f = fakerFor(loc);
  f.seed(seed++);
  pools.phones[loc] = [
    ...draw(120, () => f.phone.number({ style: 'human' })),
    ...draw(60, () => f.phone.number({ style: 'national' })),
    ...draw(60, () => f.phone.number({ style: 'international' })),
  ];
}
for (const loc of ADDRESS_LOCALES) {
  const f = fakerFor(loc);
  f.seed(seed++);
  pools.addresses[loc] = draw(200, () => ({
    street: f.location.street(),
    number: f.location.buildingNumber(),
    secondary: f.location.secondaryAddress(),
    zip: f.location.zipCode(),
    city: f.location.city(),
  }));
}
for (const loc of ['sv', 'en_GB', 'de', 'nb_NO', 'fi', 'da', 'en_US']) {
  const f = fakerFor(loc);
  f.seed(seed++);
  pools.internet[loc] = {
    domains: draw(80, () => f.internet.domainName()),
    free: draw(20, () => f.internet.exampleEmail().split('@')[1]).concat(
      draw(40, () => f.internet.email().split('@')[1])),
    urls: draw(80, () => f.internet.url({ appendSlash: false })),
    slugs: draw(80, () => f.lorem.slug({ min: 1, max: 3 })),
    users: draw(80, () => f.internet.username()),
  };
}
process.stdout.write(JSON.stringify(pools));
