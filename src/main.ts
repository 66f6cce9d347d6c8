/** Action entry: everything happens in runAction, which catches all it throws. */
import { runAction } from './github/action.js';

await runAction();
