// @ts-check
'use strict';
/** Prints the figures of this run as one table. */
module.exports = async () => require('./report.cjs').print();
