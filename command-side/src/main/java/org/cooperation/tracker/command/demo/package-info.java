/**
 * The demo data set, in one place: the Tashkent protocol as the source states it
 * ({@code ProtocolDemo}), and each initiative kind's clearly marked sample records
 * ({@code <Kind>Demo}), sent through one {@code DemoCommands}.
 */
package org.cooperation.tracker.command.demo;
