package io.github.chorus.channels.graph;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.HttpExchange;
import io.github.chorus.channels.connector.OAuthLoopback;

/**
 * Facebook Login for a desktop app: the login dialog with PKCE through the system browser and a
 * loopback redirect on the port registered in the user's Meta app, the code exchanged for a
 * short-lived user token, and that traded ({@code fb_exchange_token}) for a long-lived one. Every token
 * and the app secret travel in form bodies, never in a URL.
 *
 * @param http   the exchange of the connector
 * @param graph  the Graph API base with its version, {@code https://graph.facebook.com/v21.0}
 * @param dialog the login dialog, {@code https://www.facebook.com/v21.0/dialog/oauth}
 * @since 0.1
 */
public record GraphLogin(HttpExchange http, String graph, String dialog) {

	/**
	 * Reads the loopback port from the connect parameters.
	 *
	 * @param request     the connect request
	 * @param parameter   the parameter's name
	 * @param defaultPort the port when the parameter is absent
	 * @return the port
	 * @throws ChannelException {@link Kind#REJECTED} naming the parameter when it is not a number
	 */
	public int redirectPort(ConnectRequest request, String parameter, int defaultPort) throws ChannelException {
		String value = request.parameters().getOrDefault(parameter, Integer.toString(defaultPort)).strip();
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw new ChannelException(Kind.REJECTED, http.network() + ": the redirect port (" + parameter + ") is not a number: " + value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/**
	 * Logs the user in and returns a long-lived user token (about 60 days), which the caller uses once
	 * to read the Page tokens it keeps.
	 *
	 * @param request   the connect request (its browser opens the dialog)
	 * @param appId     the user's Meta app id
	 * @param appSecret its secret
	 * @param scopes    the permissions asked for, comma separated
	 * @param port      the loopback port registered as redirect URI
	 * @return the long-lived user token
	 * @throws ChannelException when the login or an exchange fails
	 */
	public String longLivedUserToken(ConnectRequest request, String appId, String appSecret, String scopes, int port)
			throws ChannelException {
		try (OAuthLoopback loopback = OAuthLoopback.open(http.network(), port)) {
			String redirect = loopback.redirectUri().toString();
			OAuthLoopback.Pkce pkce = OAuthLoopback.pkce();
			String state = OAuthLoopback.randomToken(24);
			URI page = URI.create(dialog + "?response_type=code&client_id=" + HttpExchange.encode(appId) //$NON-NLS-1$
					+ "&redirect_uri=" + HttpExchange.encode(redirect) + "&scope=" + HttpExchange.encode(scopes) //$NON-NLS-1$ //$NON-NLS-2$
					+ "&state=" + HttpExchange.encode(state) + "&code_challenge=" + HttpExchange.encode(pkce.challenge()) //$NON-NLS-1$ //$NON-NLS-2$
					+ "&code_challenge_method=" + pkce.method()); //$NON-NLS-1$
			String code = loopback.authorize(request, page, state);
			Map<String, String> exchange = new LinkedHashMap<>();
			exchange.put("client_id", appId); //$NON-NLS-1$
			exchange.put("client_secret", appSecret); //$NON-NLS-1$
			exchange.put("redirect_uri", redirect); //$NON-NLS-1$
			exchange.put("code", code); //$NON-NLS-1$
			exchange.put("code_verifier", pkce.verifier()); //$NON-NLS-1$
			String what = "POST /oauth/access_token"; //$NON-NLS-1$
			JsonNode shortLived = http.readJson(http.send(HttpExchange.form(graph + "/oauth/access_token", exchange), what), what); //$NON-NLS-1$
			Map<String, String> longer = new LinkedHashMap<>();
			longer.put("grant_type", "fb_exchange_token"); //$NON-NLS-1$ //$NON-NLS-2$
			longer.put("client_id", appId); //$NON-NLS-1$
			longer.put("client_secret", appSecret); //$NON-NLS-1$
			longer.put("fb_exchange_token", http.requiredText(shortLived, "access_token", what)); //$NON-NLS-1$ //$NON-NLS-2$
			JsonNode longLived = http.readJson(http.send(HttpExchange.form(graph + "/oauth/access_token", longer), what), what); //$NON-NLS-1$
			return http.requiredText(longLived, "access_token", what); //$NON-NLS-1$
		}
	}
}
