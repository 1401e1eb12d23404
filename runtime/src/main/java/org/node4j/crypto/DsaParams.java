package org.node4j.crypto;

import java.math.BigInteger;
import java.security.spec.DSAParameterSpec;

/**
 * DSA domain parameters for sizes the JDK has no cached set for, generated once with the JDK's
 * FIPS 186-3 generator (which takes about half a minute for 2048/256 — too long per key).
 */
final class DsaParams {
  private DsaParams() {}

  private static final String P_2048_256 =
        "8e9c229e8f75f284362b982397cfa7335af8b635b254b7ea6eaf094904cf504f"
        + "bdcc34d795011c50316f392bb4fc2e78fb57816294ecea5665b5670d0f8c0fa6"
        + "3dbad59bff05f4f9a7447e82a9cac40826c7c4f4f61081e446cc9fd8d8ba6a47"
        + "891aae58099f66651fe8a34f537faa64657a77f5a7d0ffc95087a320c718120f"
        + "0df6885744698a739315fdc132a23d27bb651c44cd054adcb0347b958705f633"
        + "201adebbbb484a8ba00ab1be5072274b77267c0fcad1af75ed4060431ae5b4d3"
        + "e15b2e5985d1b62141b6bf76e9524dd0f4c5818b8717f63782d557c225323882"
        + "52d8f7dc373ff330975107d7c2b4f708d28ba6d3e3cbfe89c73d645a70354c69";
  private static final String Q_2048_256 =
        "d0481abc56e693d1b6d79d1055188aca1f5c00d8f8579580cf248e8391fb2431";
  private static final String G_2048_256 =
        "782420db4d99c28a0eca254c743efc7d10cc12b818dedde82bd5a49a6b194ed2"
        + "5cc55e67371294475c46bf0c24ebdef9b3059dd269ac0f1da1656658abf5b202"
        + "aa05662a32641e945c185ff7dce63575134881f89f88265b228db47bb9c56d0b"
        + "275e6e5d9b6e595d32b5f337789fa12b61c05cecfc38617d7375eab75994ffa9"
        + "7cf2894aaaf740baa76147073fa1300497bf0c6559384456fd6f32f98cbb26b5"
        + "0700222c1cef3df9f6fe36e5f5e6006f867b299a0e0a244b97502368b105f8f1"
        + "1a01fd0fd5b2047cf22e8b097372a65c9af85ac6051650e4678db860ebc2c5a8"
        + "14e7202678b60d3a0fdbe5ecda683ba4fc1d99ae5565a2f3cc46a55bf409e3a4";

  /** Fixed parameters for (modulus, divisor) bits, or null when there are none. */
  static DSAParameterSpec lookup(int modulusBits, int divisorBits) {
    if (modulusBits == 2048 && divisorBits == 256) {
      return new DSAParameterSpec(new BigInteger(P_2048_256, 16), new BigInteger(Q_2048_256, 16),
          new BigInteger(G_2048_256, 16));
    }
    return null;
  }
}
