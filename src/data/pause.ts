// Giving the main thread back between pieces of long work: a macrotask through a MessageChannel,
// so input and rendering run first, without setTimeout's 4 ms clamp on nested timers.
export function pause(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
