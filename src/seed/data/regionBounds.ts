/**
 * Each NUTS 3 region's bounding box in WGS 84 degrees: [south, west, north, east], drawn a
 * little generously around the region's outline (a few kilometres), so a centre near a border
 * is never refused. Used to refuse a centre's position that cannot be in its region, e.g. a
 * latitude and longitude typed the wrong way round. Every place of the national municipality
 * table lies inside its region's box (tests/int/position.int.spec.ts checks it); a box that
 * missed one is widened here and by a migration that stores the boxes again.
 */
export const regionBounds: Record<string, [south: number, west: number, north: number, east: number]> = {
  // Slovakia
  SK010: [47.9, 16.8, 48.65, 17.55],
  SK021: [47.72, 16.9, 48.9, 18.05],
  SK022: [48.5, 17.35, 49.35, 18.9],
  SK023: [47.7, 17.55, 48.72, 19.05],
  SK031: [48.72, 18.3, 49.65, 20.0],
  SK032: [47.95, 18.5, 49.0, 20.5],
  SK041: [48.65, 19.9, 49.65, 22.6],
  SK042: [48.35, 20.05, 49.05, 22.25],
  // Czechia
  CZ010: [49.94, 14.22, 50.18, 14.71],
  CZ020: [49.52, 13.4, 50.72, 15.55],
  CZ031: [48.55, 13.5, 49.65, 15.6],
  CZ032: [49.05, 12.45, 50.1, 13.95],
  CZ041: [49.9, 12.05, 50.45, 13.3],
  CZ042: [50.12, 12.95, 51.06, 14.8],
  CZ051: [50.45, 14.3, 51.06, 15.65],
  CZ052: [50.0, 15.1, 50.8, 16.65],
  CZ053: [49.55, 15.35, 50.22, 16.9],
  CZ063: [48.95, 14.9, 49.85, 16.45],
  CZ064: [48.55, 15.5, 49.65, 17.65],
  CZ071: [49.25, 16.6, 50.45, 17.95],
  CZ072: [48.85, 17.1, 49.58, 18.35],
  CZ080: [49.38, 17.15, 50.33, 18.87],
  // Hungary
  HU110: [47.34, 18.92, 47.62, 19.34],
  HU120: [46.9, 18.65, 48.0, 20.1],
  HU211: [46.7, 17.95, 47.65, 19.0],
  HU212: [47.3, 17.8, 47.85, 18.95],
  HU213: [46.75, 17.0, 47.55, 18.25],
  HU221: [47.3, 16.4, 48.0, 17.95],
  HU222: [46.8, 16.1, 47.46, 17.3],
  HU223: [46.35, 16.3, 47.1, 17.4],
  HU231: [45.73, 17.25, 46.45, 18.9],
  HU232: [45.77, 16.85, 47.0, 18.3],
  HU233: [46.1, 18.05, 46.95, 19.0],
  HU311: [47.7, 20.05, 48.6, 22.0],
  HU312: [47.4, 19.55, 48.15, 20.8],
  HU313: [47.75, 18.95, 48.25, 20.05],
  HU321: [46.95, 20.8, 47.95, 22.15],
  HU322: [46.75, 19.65, 47.75, 21.15],
  HU323: [47.6, 21.1, 48.42, 22.9],
  HU331: [45.8, 18.75, 47.15, 20.15],
  HU332: [46.25, 20.4, 47.25, 21.75],
  HU333: [46.07, 19.6, 46.85, 20.8],
}
