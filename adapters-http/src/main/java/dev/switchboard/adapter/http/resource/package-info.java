/**
 * The JSON:API representations of message threads and messages, with their paths and the message payload format.
 * Both features need both: a thread includes its messages ({@code include=messages}) and a message its thread
 * ({@code include=messageThread}), so the representations live here, below {@code thread} and {@code message},
 * and depend on nothing in the adapter but {@code jsonapi}.
 */
package dev.switchboard.adapter.http.resource;
