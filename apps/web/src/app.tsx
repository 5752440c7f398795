import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Layout } from './components/layout';
import { Loading } from './components/status';
import { NotFound } from './features/not-found/not-found';
import { routes } from './routes';

export function App() {
  return (
    <Switch>
      {routes
        .filter((r) => r.layout === 'bare')
        .map(({ path, Component }) => (
          <Route key={path} path={path}>
            <Suspense fallback={<Loading />}>
              <Component />
            </Suspense>
          </Route>
        ))}
      <Route>
        <Layout>
          <Suspense fallback={<Loading height={400} />}>
            <Switch>
              {routes
                .filter((r) => r.layout === 'app')
                .map(({ path, Component }) => (
                  <Route key={path} path={path} component={Component} />
                ))}
              <Route component={NotFound} />
            </Switch>
          </Suspense>
        </Layout>
      </Route>
    </Switch>
  );
}
