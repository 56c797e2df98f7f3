import MiniMax from '__JS_PACKAGE__';

const client = new MiniMax({ baseURL: '__BASE_URL__' }); // the key comes from __KEY_VARIABLE__

try {
  await client.models.retrieve('no-such-model');
} catch (error) {
  if (!(error instanceof MiniMax.NotFoundError)) throw error; // 404: any code of that status
  console.log(error.status, error.code, error.message);
  console.log('request', error.requestId); // quote it when reporting a problem
}
