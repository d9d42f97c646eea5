/**
 * Qontak Omnichannel client ({@link dev.omnichannel.qontak.QontakClient}) in OAuth and Mekari HMAC
 * modes, and its services.
 */
package dev.omnichannel.qontak;
