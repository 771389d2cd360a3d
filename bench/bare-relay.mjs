/**
 * The benchmark's baseline for npm run present: the leanest relay that does the same job. Each
 * client's first message is its role ("deck", "remote" or "follow"); after that a remote's
 * messages go to the deck, and the deck's to every remote and follower. No parsing, no checks,
 * no limits. Plain Node on a .mjs file, with the same WebSocket library. Prints its port.
 */
import { WebSocketServer } from 'ws';

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
const roles = new Map();
server.on('connection', (socket) => {
  socket.on('message', (data) => {
    const role = roles.get(socket);
    if (role === undefined) {
      roles.set(socket, String(data));
      return;
    }
    const to = role === 'remote' ? ['deck'] : role === 'deck' ? ['remote', 'follow'] : [];
    for (const [client, clientRole] of roles) if (to.includes(clientRole)) client.send(data, { binary: false });
  });
  socket.on('close', () => roles.delete(socket));
});
server.on('listening', () => console.log(server.address().port));
