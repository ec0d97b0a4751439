/**
 * Helpers the provider packages share (HTTP outcome mapping, signatures, masking). Public only because Java has no
 * module-private visibility without JPMS; nothing outside adapters-channels should use it.
 */
package dev.switchboard.adapter.channel.internal;
