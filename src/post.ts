/** Action post step entry: everything happens in runPost, which never fails the job. */
import { runPost } from './github/post.js';

await runPost();
