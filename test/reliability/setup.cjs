// @ts-check
'use strict';
/** Clears the previous run's figures. */
module.exports = async () => require('./report.cjs').reset();
