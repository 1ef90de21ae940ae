/** the maps' script (./centreMap.browser.js), served by src/app/map/[file]/route.ts */
export const CENTRE_MAP_SCRIPT = '/map/centre-map.js'
