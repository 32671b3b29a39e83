package io.calldeck.connector.model;

/**
 * Question counts of the call ({@code Questions}).
 *
 * @param companyCount    questions asked by company speakers
 * @param nonCompanyCount questions asked by others
 */
public record Questions(Integer companyCount, Integer nonCompanyCount) {
}
