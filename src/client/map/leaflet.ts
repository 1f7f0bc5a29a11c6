// Leaflet and leaflet.markercluster as one import. The cluster plugin is a UMD script that
// extends the global `L`, which Leaflet's own build sets; importing Leaflet first guarantees it.
import L from 'leaflet';
import 'leaflet.markercluster';

export { L };
