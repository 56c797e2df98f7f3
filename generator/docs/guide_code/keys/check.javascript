import MiniMax from '__JS_PACKAGE__';

const client = new MiniMax({ baseURL: '__BASE_URL__' }); // the key comes from __KEY_VARIABLE__

try {
  const models = await client.models.list(); // any GET: every scope may list models
  console.log('the key works;', models.data.length, 'models');
} catch (error) {
  if (error instanceof MiniMax.AuthenticationError) {
    console.log('the key is not valid here: check its prefix'); // 401
  } else if (error instanceof MiniMax.PermissionDeniedError) {
    console.log('not allowed:', error.message); // 403: its scope or model list forbids the call
  } else {
    throw error;
  }
}
