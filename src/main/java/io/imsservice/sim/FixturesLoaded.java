package io.imsservice.sim;

/**
 * CDI event fired at start-up and on every reset of the simulation, after the fixtures were loaded. Stateful
 * components observe it and drop their state for the one these fixtures define.
 */
public record FixturesLoaded(Fixtures fixtures) {
}
