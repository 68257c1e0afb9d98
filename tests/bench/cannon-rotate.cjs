'use strict';
// autocannon's setupRequest for its worker thread (workers need a file, not a function). One counter
// for all of the worker's connections, so N requests cover the probes evenly, as the direct replay does;
// autocannon's own request list would restart at the first probe on every connection.
const paths = JSON.parse(process.env.SIGHTLINE_BENCH_PATHS || '[]');
let next = 0;
module.exports = (req) => ({ ...req, method: 'GET', path: paths[next++ % paths.length] });
