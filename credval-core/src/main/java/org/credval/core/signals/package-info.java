/**
 * Employer signals from stored job postings: per credential × occupation × area × period, how many
 * postings ask for a credential and how strongly, across how many employers, at what advertised
 * pay compared with the same occupation's other postings, and with which other credentials.
 * {@link org.credval.core.signals.SignalAggregator} holds every rule once; the local engine and
 * the Spark job both call it, so a run is the same whichever engine computes it.
 */
package org.credval.core.signals;
