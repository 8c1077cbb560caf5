package app.resonance.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a member's feed link: whose feed it is (workspace and username), signed with HMAC-SHA256 under the
 * member's own key, so that the link alone is the permission and a new key revokes it.
 */
final class CalendarFeedTokens {

    /** Whose feed a token names, before its signature is checked. */
    record Claim(UUID workspaceId, String username, byte[] payload, byte[] signature) {}

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final String PURPOSE = "resonance calendar feed v1:";

    private CalendarFeedTokens() {}

    static String sign(UUID workspaceId, String username, byte[] key) {
        byte[] payload = payload(workspaceId, username);
        return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(key, payload));
    }

    /** What the token claims, or null when it is no token of this shape. */
    static Claim read(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return null;
        }
        try {
            byte[] payload = DECODE.decode(token.substring(0, dot));
            byte[] signature = DECODE.decode(token.substring(dot + 1));
            if (payload.length <= 16) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            UUID workspaceId = new UUID(buffer.getLong(), buffer.getLong());
            String username = new String(Arrays.copyOfRange(payload, 16, payload.length), StandardCharsets.UTF_8);
            return new Claim(workspaceId, username, payload, signature);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when the claim was signed with this key (compared in constant time). */
    static boolean signedWith(Claim claim, byte[] key) {
        return MessageDigest.isEqual(mac(key, claim.payload()), claim.signature());
    }

    private static byte[] payload(UUID workspaceId, String username) {
        byte[] name = username.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(16 + name.length)
                .putLong(workspaceId.getMostSignificantBits())
                .putLong(workspaceId.getLeastSignificantBits())
                .put(name)
                .array();
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(PURPOSE.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
