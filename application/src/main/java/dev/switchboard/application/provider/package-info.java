/**
 * What provider callbacks look like on their way in, shared by the driving port that receives them and the driven
 * port that reads them (as {@code query} is shared by listings), so that neither port depends on the other.
 */
package dev.switchboard.application.provider;
