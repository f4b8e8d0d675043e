import CICU

/// The Unicode decomposition of one scalar, from the system's ICU (the one the text layer
/// already uses), so that no other copy of the Unicode tables is loaded.
public enum ScalarDecomposition {
    /// The canonical decomposition (NFD) of `scalar`; the scalar itself when it has none or ICU
    /// cannot tell.
    public static func canonical(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        decompose(scalar, compatibility: false)
    }

    /// The compatibility decomposition (NFKD) of `scalar`: presentation forms, full-width forms
    /// and ligatures become the letters they show; the scalar itself when it has none.
    public static func compatibility(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        decompose(scalar, compatibility: true)
    }

    private static func decompose(_ scalar: Unicode.Scalar, compatibility: Bool) -> [Unicode.Scalar] {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 32) { out in
            let count = vb_decompose_scalar(scalar.value, compatibility ? 1 : 0, out.baseAddress!, Int32(out.count))
            guard count > 0 else { return [scalar] }
            return out[0..<Int(count)].compactMap(Unicode.Scalar.init)
        }
    }
}
