package dev.plantain.console;

import io.quarkus.qute.TemplateData;

/**
 * What every page shows around its content: whether the broker answers, and what its forms carry.
 *
 * @param brokerUp whether the broker answered the last check
 * @param bootstrap the broker's address
 * @param csrf this start's CSRF token, carried by every form
 * @param tokenRequired whether forms ask for the access token
 */
@TemplateData
public record Chrome(boolean brokerUp, String bootstrap, String csrf, boolean tokenRequired) {}
