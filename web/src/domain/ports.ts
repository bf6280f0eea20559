/**
 * Ports merged from several sources (Sulteng, Sulsel, NTB). The build merges records naming the
 * same place within PORT_MERGE_KM; BMKG points are often forecast points 3–5 km off the quay.
 */
export const PORT_MERGE_KM = 5;

/** Whether a port record lies farther from the point used than the merge distance. */
export const disagrees = (km: number): boolean => km > PORT_MERGE_KM;
