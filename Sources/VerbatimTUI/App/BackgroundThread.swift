#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A detached POSIX thread that runs one closure (the library's indexing beside the event
/// loop), with a stack of a chosen size. Foundation's `Thread` would load the whole of
/// Foundation for this alone.
enum BackgroundThread {
    /// The closure and its box, handed to the new thread through its one pointer argument.
    private final class Work {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    /// Starts `body` on a new detached thread with `stackSize` bytes of stack; runs it on the
    /// calling thread when no thread can be made, so that its work is never lost.
    static func start(stackSize: Int, _ body: @escaping @Sendable () -> Void) {
        let attributes = UnsafeMutablePointer<pthread_attr_t>.allocate(capacity: 1)
        pthread_attr_init(attributes)
        defer {
            pthread_attr_destroy(attributes)
            attributes.deallocate()
        }
        pthread_attr_setstacksize(attributes, stackSize)
        pthread_attr_setdetachstate(attributes, Int32(PTHREAD_CREATE_DETACHED))
        let work = Unmanaged.passRetained(Work(body)).toOpaque()
        var thread = pthread_t()
        let made = pthread_create(&thread, attributes, { argument in
            guard let argument else { return nil }
            Unmanaged<Work>.fromOpaque(argument).takeRetainedValue().body()
            return nil
        }, work)
        if made != 0 {
            Unmanaged<Work>.fromOpaque(work).takeRetainedValue().body()
        }
    }
}
