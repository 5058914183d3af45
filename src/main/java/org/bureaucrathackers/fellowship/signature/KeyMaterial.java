package org.bureaucrathackers.fellowship.signature;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/** Key generation and the encodings actors publish: SPKI PEM for RSA, Multikey (FEP-521a) for Ed25519. */
public final class KeyMaterial {

    static final Provider PROVIDER = new BouncyCastleProvider();
    private static final byte[] ED25519_MULTICODEC = {(byte) 0xed, 0x01};
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMaterial() {
    }

    public static KeyPair generateRsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", PROVIDER);
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
        }
    }

    public static KeyPair generateEd25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519", PROVIDER).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 key generation is unavailable", e);
        }
    }

    /** PEM of a public key (SubjectPublicKeyInfo, "BEGIN PUBLIC KEY") or a private key (PKCS#8). */
    public static String toPem(java.security.Key key) {
        String type = key instanceof PrivateKey ? "PRIVATE KEY" : "PUBLIC KEY";
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(new PemObject(type, key.getEncoded()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().replace("\r\n", "\n");
    }

    public static PublicKey publicKeyFromPem(String pem) {
        byte[] der = pemContent(pem, "PUBLIC KEY");
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(der);
            String algorithm = info.getAlgorithm().getAlgorithm().getId().equals("1.3.101.112") ? "Ed25519" : "RSA";
            return KeyFactory.getInstance(algorithm, PROVIDER).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a public key PEM", e);
        }
    }

    public static PrivateKey privateKeyFromPem(String pem, String algorithm) {
        byte[] der = pemContent(pem, "PRIVATE KEY");
        try {
            return KeyFactory.getInstance(algorithm, PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a private key PEM", e);
        }
    }

    /** FEP-521a publicKeyMultibase of an Ed25519 key: 'z' + base58btc(0xed01 ‖ raw 32-byte key). */
    public static String ed25519Multibase(PublicKey key) {
        byte[] spki = key.getEncoded();
        byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        byte[] prefixed = new byte[raw.length + 2];
        System.arraycopy(ED25519_MULTICODEC, 0, prefixed, 0, 2);
        System.arraycopy(raw, 0, prefixed, 2, raw.length);
        return "z" + Base58.encode(prefixed);
    }

    /** Reverses {@link #ed25519Multibase}. */
    public static PublicKey ed25519FromMultibase(String multibase) {
        if (multibase == null || !multibase.startsWith("z")) {
            throw new IllegalArgumentException("multibase key must use base58btc ('z')");
        }
        byte[] prefixed = Base58.decode(multibase.substring(1));
        if (prefixed.length != 34 || prefixed[0] != ED25519_MULTICODEC[0] || prefixed[1] != ED25519_MULTICODEC[1]) {
            throw new IllegalArgumentException("not an Ed25519 multikey");
        }
        byte[] spkiPrefix = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
        byte[] spki = new byte[spkiPrefix.length + 32];
        System.arraycopy(spkiPrefix, 0, spki, 0, spkiPrefix.length);
        System.arraycopy(prefixed, 2, spki, spkiPrefix.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519", PROVIDER).generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 multikey", e);
        }
    }

    private static byte[] pemContent(String pem, String expectedType) {
        try (PemReader reader = new PemReader(new StringReader(pem == null ? "" : pem))) {
            PemObject object = reader.readPemObject();
            if (object == null || !object.getType().equals(expectedType)) {
                throw new IllegalArgumentException("expected a PEM " + expectedType);
            }
            return object.getContent();
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable PEM", e);
        }
    }

}
