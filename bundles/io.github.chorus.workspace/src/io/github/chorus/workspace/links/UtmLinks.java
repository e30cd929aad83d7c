// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.links;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds UTM parameters to the http(s) links of a text.
 * <ul>
 * <li>The parameters go into the query, before any fragment ({@code #...}); other query
 * parameters, the path and the fragment are kept exactly as written, and so is an
 * international domain name (it is only checked, never rewritten to punycode).</li>
 * <li>A UTM parameter the link already has is replaced in place (whatever its case, and only
 * once: repeats are dropped); the others are appended in the standard order. So tagging twice
 * with the same parameters changes nothing the second time.</li>
 * <li>A link that is not a valid URL (bad host, port or percent-encoding) is left untouched and
 * reported with the reason.</li>
 * </ul>
 * Links are the words starting with {@code http://} or {@code https://}, without the
 * punctuation that ends a sentence or closes a parenthesis around them.
 *
 * @since 0.1
 */
public final class UtmLinks {

    private static final Pattern LINK = Pattern.compile("(?i)https?://[^\\s<>\"\u00AB\u00BB\u201C\u201D]*"); //$NON-NLS-1$
    private static final String TRAILING = ".,;:!?'\u2026"; //$NON-NLS-1$

    /**
     * A link that was changed.
     *
     * @param start  its start in the original text (a char index)
     * @param before the link as it was
     * @param after  the link with its UTM parameters
     */
    public record Change(int start, String before, String after) {
    }

    /**
     * A link left untouched because it is not a valid URL.
     *
     * @param start  its start in the original text (a char index)
     * @param link   the link
     * @param reason why, for people
     */
    public record Skipped(int start, String link, String reason) {
    }

    /**
     * The outcome of {@link #tagLinks(String, UtmParameters)}.
     *
     * @param text      the new text (the same string when nothing changed)
     * @param changed   the links that changed
     * @param unchanged how many valid links already had exactly these parameters
     * @param skipped   the links left untouched because they are malformed
     */
    public record Result(String text, List<Change> changed, int unchanged, List<Skipped> skipped) {
    }

    /** Thrown for a link that is not a valid URL; the message says why. */
    public static final class MalformedLinkException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedLinkException(String reason) {
            super(reason);
        }
    }

    private UtmLinks() {
    }

    /**
     * Adds UTM parameters to every http(s) link of a text.
     *
     * @param text       the text; {@code null} counts as empty
     * @param parameters the parameters
     * @return the new text and what was done to each link
     */
    public static Result tagLinks(String text, UtmParameters parameters) {
        String source = text == null ? "" : text; //$NON-NLS-1$
        StringBuilder result = new StringBuilder(source.length() + 64);
        List<Change> changed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int unchanged = 0;
        int copied = 0;
        for (int[] link : findLinks(source)) {
            String url = source.substring(link[0], link[1]);
            try {
                String tagged = tag(url, parameters);
                if (tagged.equals(url)) {
                    unchanged++;
                    continue;
                }
                result.append(source, copied, link[0]).append(tagged);
                copied = link[1];
                changed.add(new Change(link[0], url, tagged));
            } catch (MalformedLinkException e) {
                skipped.add(new Skipped(link[0], url, e.getMessage()));
            }
        }
        if (changed.isEmpty()) {
            return new Result(source, List.of(), unchanged, List.copyOf(skipped));
        }
        result.append(source, copied, source.length());
        return new Result(result.toString(), List.copyOf(changed), unchanged, List.copyOf(skipped));
    }

    /**
     * Finds the http(s) links of a text.
     *
     * @param text the text
     * @return the start (inclusive) and end (exclusive) char index of each link
     */
    public static List<int[]> findLinks(String text) {
        List<int[]> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            while (end > start) {
                char last = text.charAt(end - 1);
                if (TRAILING.indexOf(last) >= 0 || last == ')' && !balanced(text, start, end, '(', ')')
                        || last == ']' && !balanced(text, start, end, '[', ']')) {
                    end--;
                } else {
                    break;
                }
            }
            // the word must be preceded by a boundary: "xhttp://" is not a link
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            links.add(new int[] { start, end });
        }
        return links;
    }

    private static boolean balanced(String text, int start, int end, char open, char close) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            depth += c == open ? 1 : c == close ? -1 : 0;
        }
        return depth >= 0;
    }

    /**
     * Adds UTM parameters to one link.
     *
     * @param url        an http or https URL
     * @param parameters the parameters
     * @return the link with the parameters (equal to {@code url} when it already had them)
     * @throws MalformedLinkException when the link is not a valid URL; nothing is changed then
     */
    public static String tag(String url, UtmParameters parameters) throws MalformedLinkException {
        int schemeEnd = url.indexOf("://"); //$NON-NLS-1$
        String scheme = schemeEnd < 0 ? "" : url.substring(0, schemeEnd).toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!scheme.equals("http") && !scheme.equals("https")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new MalformedLinkException("only http and https links can carry UTM parameters"); //$NON-NLS-1$
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash); //$NON-NLS-1$
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        int question = beforeFragment.indexOf('?');
        String query = question < 0 ? null : beforeFragment.substring(question + 1);
        String base = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
        int pathStart = base.indexOf('/', schemeEnd + 3);
        String authority = pathStart < 0 ? base.substring(schemeEnd + 3) : base.substring(schemeEnd + 3, pathStart);
        checkAuthority(authority);
        checkPercentEncoding(url);
        for (int i = 0; i < url.length(); i++) {
            if (Character.isISOControl(url.charAt(i))) {
                throw new MalformedLinkException("the link contains a control character"); //$NON-NLS-1$
            }
        }

        Map<String, String> wanted = new LinkedHashMap<>(parameters.values());
        if (wanted.isEmpty()) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        if (query != null) {
            for (String parameter : query.split("&", -1)) { //$NON-NLS-1$
                if (parameter.isEmpty()) {
                    continue;
                }
                int equals = parameter.indexOf('=');
                String key = decode(equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
                if (parameters.values().containsKey(key)) {
                    String value = wanted.remove(key);
                    if (value != null) {
                        kept.add(key + "=" + encode(value)); //$NON-NLS-1$
                    }
                    // a repeat of a UTM key the preset sets is dropped
                } else {
                    kept.add(parameter);
                }
            }
        }
        wanted.forEach((key, value) -> kept.add(key + "=" + encode(value))); //$NON-NLS-1$
        String tagged = base + "?" + String.join("&", kept) + fragment; //$NON-NLS-1$ //$NON-NLS-2$
        return tagged;
    }

    private static void checkAuthority(String authority) throws MalformedLinkException {
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String port = null;
        if (hostAndPort.startsWith("[")) { //$NON-NLS-1$
            int close = hostAndPort.indexOf(']');
            if (close < 0 || !hostAndPort.substring(1, close).matches("[0-9A-Fa-f:.]+")) { //$NON-NLS-1$
                throw new MalformedLinkException("the IPv6 address is not valid"); //$NON-NLS-1$
            }
            host = hostAndPort.substring(0, close + 1);
            String rest = hostAndPort.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) { //$NON-NLS-1$
                    throw new MalformedLinkException("unexpected text after the IPv6 address"); //$NON-NLS-1$
                }
                port = rest.substring(1);
            }
        } else {
            int colon = hostAndPort.lastIndexOf(':');
            host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
            port = colon < 0 ? null : hostAndPort.substring(colon + 1);
            if (host.isEmpty()) {
                throw new MalformedLinkException("the link has no host name"); //$NON-NLS-1$
            }
            String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host; //$NON-NLS-1$
            if (name.isEmpty() || name.startsWith(".") || name.contains("..")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new MalformedLinkException("the host name \"" + host + "\" has an empty label"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            try {
                String ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
                if (ascii.isEmpty()) {
                    throw new MalformedLinkException("the link has no host name"); //$NON-NLS-1$
                }
            } catch (IllegalArgumentException e) {
                throw new MalformedLinkException("the host name \"" + host + "\" is not valid"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (port != null && (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535)) { //$NON-NLS-1$
            throw new MalformedLinkException("the port \"" + port + "\" is not valid"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void checkPercentEncoding(String url) throws MalformedLinkException {
        for (int i = url.indexOf('%'); i >= 0; i = url.indexOf('%', i + 1)) {
            if (i + 2 >= url.length() || Character.digit(url.charAt(i + 1), 16) < 0 || Character.digit(url.charAt(i + 2), 16) < 0) {
                throw new MalformedLinkException("\"%\" is not followed by two hexadecimal digits"); //$NON-NLS-1$
            }
        }
    }

    /** Percent-encodes all but the URI's unreserved characters, as UTF-8. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) { //$NON-NLS-1$
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    private static String decode(String key) {
        try {
            return java.net.URLDecoder.decode(key.replace("+", "%2B"), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
