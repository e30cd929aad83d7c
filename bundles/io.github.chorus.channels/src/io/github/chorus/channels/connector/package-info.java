/**
 * What a channel connector does, in network-neutral terms: connect an account, publish a variant,
 * hand scheduling to the network, read conversations and metrics, and the closed set of failures
 * the publishing engine and the workbench switch on.
 * <p>
 * The types here are immutable records (plus one checked exception, {@link ChannelException})
 * shared by {@link io.github.chorus.channels.IChannelConnector} and its callers. They know nothing
 * of Chorus's EMF models: the engine and the inbox map the neutral snapshots into them. Secrets
 * pass only through {@link IAccountSecrets}, whose implementation keeps them in Equinox secure
 * storage.
 * </p>
 * <p>
 * {@link HttpExchange} is a small helper for connectors that talk HTTP with JSON: it sends a request
 * with a bounded timeout and classifies transport failures and error statuses into
 * {@link ChannelException}s, never putting request headers (and so tokens) into a message.
 * </p>
 *
 * @since 0.1
 */
package io.github.chorus.channels.connector;
