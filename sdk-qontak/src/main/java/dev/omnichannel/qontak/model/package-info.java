/** Qontak request parameters and response records. */
package dev.omnichannel.qontak.model;
