/** ColorBrewer Set2 (Apache-2.0): one hue per criterion in bars and charts. */
export const CRITERION_COLOURS = [
  '#66c2a5',
  '#fc8d62',
  '#8da0cb',
  '#e78ac3',
  '#a6d854',
  '#ffd92f',
  '#e5c494',
  '#b3b3b3',
];
