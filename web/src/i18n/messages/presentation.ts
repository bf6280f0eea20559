/** The strings of the presentation feature (slides for a room), Bahasa Indonesia first. */
export const id = {
  slideOf: 'Skenario {n}/{total}',
  presentKeys: '← → ganti skenario · klik kab/kota untuk menyorot · Esc keluar',
  previousScenario: 'Skenario sebelumnya',
  nextScenario: 'Skenario berikutnya',
  exitPresentation: 'Keluar (Esc)',
  highlighted: 'Disorot',
};

export const en: Record<keyof typeof id, string> = {
  slideOf: 'Scenario {n}/{total}',
  presentKeys: '← → change scenario · click a kab/kota to highlight · Esc exits',
  previousScenario: 'Previous scenario',
  nextScenario: 'Next scenario',
  exitPresentation: 'Exit (Esc)',
  highlighted: 'Highlighted',
};
