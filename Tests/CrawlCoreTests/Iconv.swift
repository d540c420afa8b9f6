#if canImport(Glibc)
import Glibc
#endif

/// Test helper: encodes a string with glibc's iconv (the converter behind libxml2's handlers).
enum Iconv {
    static func encode(_ text: String, to encoding: String) -> [UInt8] {
        let cd = iconv_open(encoding, "UTF-8")
        precondition(cd != iconv_t(bitPattern: -1), "iconv cannot encode \(encoding)")
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 4 + 16)
        let written: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                precondition(r != -1 && inLeft == 0, "iconv failed for \(encoding)")
                return outBuf.count - outLeft
            }
        }
        return output[..<written].map { UInt8(bitPattern: $0) }
    }
}
