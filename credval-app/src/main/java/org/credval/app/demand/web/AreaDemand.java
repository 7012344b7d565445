package org.credval.app.demand.web;

import org.credval.app.signals.SignalRun;

/** A credential's row in the newest run of one area (for the same period and occupation cell). */
public record AreaDemand(SignalRun run, CredentialDemand demand) {}
